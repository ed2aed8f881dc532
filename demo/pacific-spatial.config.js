// Pacific Spatial's cookie-consent configuration, set on the <cookie-consent> of both of its pages.
document.querySelector('cookie-consent').config = {
  categories: {
    necessary: {
      label: { en: 'Necessary', fr: 'Nécessaires' },
      description: {
        en: 'Needed for the platform to function properly: signing in, your language, the security of API calls and remembering this choice. They do not require your consent.',
        fr: 'Indispensables au bon fonctionnement de la plateforme : connexion, langue, sécurité des appels à l’API et mémorisation de ce choix. Ils ne nécessitent pas votre consentement.',
      },
      cookies: [
        {
          name: 'sessionid',
          provider: 'Opendatasoft',
          purpose: {
            en: 'Authentication (front and back office): to remember the user from one page to another',
            fr: 'Authentification (front et back office) : reconnaître l’utilisateur d’une page à l’autre',
          },
          duration: { en: '2 weeks', fr: '2 semaines' },
        },
        {
          name: 'django_language',
          provider: 'Opendatasoft',
          purpose: {
            en: "Language selection (front and back office): to remember the visitor's language",
            fr: 'Choix de la langue (front et back office) : retenir la langue du visiteur',
          },
          duration: { en: '1 year', fr: '1 an' },
        },
        {
          name: 'csrftoken',
          provider: 'Opendatasoft',
          purpose: {
            en: 'API (CSRF) (front and back office): to retrieve data via API calls',
            fr: 'API (CSRF) (front et back office) : récupérer des données via des appels à l’API',
          },
          duration: { en: '1 year', fr: '1 an' },
        },
        {
          name: 'cookies_preferences',
          provider: 'Opendatasoft',
          purpose: {
            en: "Choices related to your cookie preferences: to remember the visitor's cookie preferences",
            fr: 'Choix relatifs à vos préférences en matière de cookies : retenir les préférences du visiteur en matière de cookies',
          },
          duration: { en: '6 months', fr: '6 mois' },
        },
      ],
    },
    statistical: {
      label: { en: 'Statistics', fr: 'Statistiques' },
      description: {
        en: 'Track how visitors use the portal (pages and datasets viewed, searches, downloads) so that we know which data is useful and can improve the service.',
        fr: 'Suivent l’utilisation du portail (pages et jeux de données consultés, recherches, téléchargements) pour savoir quelles données sont utiles et améliorer le service.',
      },
      cookies: [
        {
          name: '_pk_id.*',
          provider: { en: 'Matomo (hosted by Opendatasoft)', fr: 'Matomo (hébergé par Opendatasoft)' },
          purpose: {
            en: 'Audience measurement (front office): to tell visitors apart with a random identifier',
            fr: 'Mesure d’audience (front office) : distinguer les visiteurs grâce à un identifiant aléatoire',
          },
          duration: { en: '13 months', fr: '13 mois' },
        },
        {
          name: '_pk_ses.*',
          provider: { en: 'Matomo (hosted by Opendatasoft)', fr: 'Matomo (hébergé par Opendatasoft)' },
          purpose: {
            en: 'Audience measurement (front office): to group the pages viewed during one visit',
            fr: 'Mesure d’audience (front office) : regrouper les pages vues au cours d’une même visite',
          },
          duration: '30 minutes',
        },
        {
          name: '_pk_ref.*',
          provider: { en: 'Matomo (hosted by Opendatasoft)', fr: 'Matomo (hébergé par Opendatasoft)' },
          purpose: {
            en: 'Audience measurement (front office): to remember the website the visitor came from',
            fr: 'Mesure d’audience (front office) : retenir le site d’où vient le visiteur',
          },
          duration: { en: '6 months', fr: '6 mois' },
        },
      ],
    },
    'first-party': {
      label: { en: 'Internal', fr: 'Internes' },
      description: {
        en: 'Stored by the portal itself, in addition to the necessary cookies, to remember how you like to explore the data.',
        fr: 'Déposés par le portail lui-même, en plus des cookies nécessaires, pour retenir votre façon d’explorer les données.',
      },
      cookies: [
        {
          name: 'ods_catalog_view',
          provider: 'Opendatasoft',
          purpose: {
            en: 'Dataset catalogue (front office): to remember the layout and sort order chosen in the catalogue',
            fr: 'Catalogue de données (front office) : retenir la présentation et le tri choisis dans le catalogue',
          },
          duration: { en: '1 year', fr: '1 an' },
        },
        {
          name: 'ods_map_state',
          provider: 'Opendatasoft',
          purpose: {
            en: 'Map visualizations (front office): to reopen maps where the visitor left them (position, zoom, layers)',
            fr: 'Visualisations cartographiques (front office) : rouvrir les cartes là où le visiteur les a laissées (position, zoom, couches)',
          },
          duration: { en: '1 year', fr: '1 an' },
        },
        {
          name: 'ods_recent_datasets',
          provider: 'Opendatasoft',
          purpose: {
            en: 'Home page (front office): to list the datasets the visitor viewed recently',
            fr: 'Page d’accueil (front office) : lister les jeux de données consultés récemment',
          },
          duration: { en: '3 months', fr: '3 mois' },
        },
      ],
    },
    'third-party': {
      label: { en: 'Third-party', fr: 'Tiers' },
      description: {
        en: 'Stored by other services shown on the portal, such as embedded videos or map backgrounds. These services can see which pages you visit here.',
        fr: 'Déposés par d’autres services affichés sur le portail, comme des vidéos intégrées ou des fonds de carte. Ces services peuvent voir les pages que vous consultez ici.',
      },
      // Each embed is a service of its own: a visitor may watch the videos and still keep the maps
      // off (or the other way round). The category counts as accepted only when both are.
      services: {
        youtube: {
          label: 'YouTube',
          description: {
            en: 'Video tutorials on using the datasets, played by YouTube’s embedded player. Google can see that you watched them here.',
            fr: 'Tutoriels vidéo sur l’utilisation des jeux de données, lus par le lecteur intégré de YouTube. Google peut voir que vous les avez regardés ici.',
          },
          cookies: [
            {
              name: 'VISITOR_INFO1_LIVE',
              provider: 'Google (YouTube)',
              function: { en: 'Embedded videos (front office)', fr: 'Vidéos intégrées (front office)' },
              purpose: {
                en: 'To estimate the visitor’s bandwidth and remember the player’s settings',
                fr: 'Estimer la bande passante du visiteur et retenir les réglages du lecteur',
              },
              duration: { en: '6 months', fr: '6 mois' },
            },
            {
              name: 'YSC',
              provider: 'Google (YouTube)',
              function: { en: 'Embedded videos (front office)', fr: 'Vidéos intégrées (front office)' },
              purpose: {
                en: 'To identify a viewing session of the embedded video player',
                fr: 'Identifier une session de lecture du lecteur vidéo intégré',
              },
              duration: 'Session',
            },
          ],
        },
        maps: {
          label: { en: 'Mapbox maps', fr: 'Cartes Mapbox' },
          description: {
            en: 'Interactive basemaps behind the map visualizations, served by Mapbox, which measures how they are used.',
            fr: 'Fonds de carte interactifs des visualisations cartographiques, servis par Mapbox, qui mesure leur utilisation.',
          },
          cookies: [
            {
              name: 'mp_*_mixpanel',
              provider: 'Mapbox',
              function: { en: 'Map backgrounds (front office)', fr: 'Fonds de carte (front office)' },
              purpose: {
                en: 'To measure the use of the basemaps shown in map visualizations',
                fr: 'Mesurer l’utilisation des fonds de carte affichés dans les visualisations',
              },
              duration: { en: '1 year', fr: '1 an' },
            },
          ],
        },
      },
    },
  },
  texts: {
    en: {
      message:
        'In order to provide you with the best service possible, we use cookies to ensure the portal functions properly, and to perform web analytics. You choose which optional cookies we may use.',
    },
    fr: {
      message:
        'Afin de vous offrir le meilleur service possible, nous utilisons des cookies pour assurer le bon fonctionnement du portail et réaliser des statistiques de visite. Vous choisissez les cookies facultatifs que nous pouvons utiliser.',
    },
  },
};
