import { createApp } from 'vue';
import 'cookie-consent-element/vue'; // defines <cookie-consent>; its types are Vue's GlobalComponents
import App from './App.vue';

createApp(App).mount('#app');
