import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { EmbedPlayer, isEmbed } from './ui/embed';
import { startEngineWorker } from './ui/runClient';
import './ui/styles.css';

startEngineWorker();

// `?embed=1`: the compact read-only player for iframes (docs/embed.md) instead of the playground.
createRoot(document.getElementById('root')!).render(<StrictMode>{isEmbed(location.search) ? <EmbedPlayer /> : <App />}</StrictMode>);
