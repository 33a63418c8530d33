// loket in a React 19 app: React 19 passes props to custom elements as properties when the element
// has them (`navigationDisabled`, `compact`) and turns `on<event-name>` props into event listeners,
// so loket's events (`loket-help-toggle`, `loket-session-change`, …) need no refs.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@loket/elements'; // defines <loket-header>, <loket-footer>, … (the npm build)

function App() {
  const [consent, setConsent] = useState(false);
  const [help, setHelp] = useState('dicht');
  return (
    <>
      <loket-header
        config="/config.json"
        navigationDisabled={consent}
        onloket-help-toggle={(event) => setHelp(event.detail.open ? 'open' : 'dicht')}
      ></loket-header>
      <main id="main">
        <h1>Aanvraag parkeerkaart</h1>
        <p>
          Hulppaneel: <output id="help-state">{help}</output>
        </p>
        <button id="consent" type="button" onClick={() => setConsent(!consent)}>
          {consent ? 'Toestemming gegeven' : 'Naar de toestemmingsstap'}
        </button>
      </main>
      <loket-footer config="/config.json"></loket-footer>
    </>
  );
}

createRoot(document.getElementById('app')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
