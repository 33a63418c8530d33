// loket in a Vue 3 app: tell Vue's compiler that loket-* tags are custom elements; Vue then sets
// `:navigationDisabled` as the element's property (the element has one; written kebab-case, Vue
// would set an attribute "false", which a boolean attribute reads as true) and `@loket-help-toggle`
// listens to loket's event. (With single-file components, set isCustomElement in the Vue plugin.)
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';
import '@loket/elements'; // defines <loket-header>, <loket-footer>, … (the npm build)

const app = createApp({
  setup() {
    const consent = ref(false);
    const help = ref('dicht');
    return { consent, help, onHelp: (event) => (help.value = event.detail.open ? 'open' : 'dicht') };
  },
  template: `
    <loket-header config="/config.json" :navigationDisabled="consent" @loket-help-toggle="onHelp"></loket-header>
    <main id="main">
      <h1>Aanvraag parkeerkaart</h1>
      <p>Hulppaneel: <output id="help-state">{{ help }}</output></p>
      <button id="consent" type="button" @click="consent = !consent">
        {{ consent ? 'Toestemming gegeven' : 'Naar de toestemmingsstap' }}
      </button>
    </main>
    <loket-footer config="/config.json"></loket-footer>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('loket-');
app.mount('#app');
