/**
 * Runs first, on its own (a few hundred bytes, loaded async from index.html):
 * asks for the code the opened screen needs (its chunks, storage, the
 * scenario) while the main bundle is still downloading and starting React.
 * Asked for by the main bundle instead, they waited for it to arrive and run,
 * and a phone on a slow network showed the first patient line or debrief
 * about 0.3 s later. Only hints: the app imports these files as before, and
 * where this does nothing (the dev server, an unknown address) it loads them
 * then.
 */
import { filesForAddress, readRouteFiles } from './ui/app/route-files';

const files = readRouteFiles(document.querySelector('meta[name="route-files"]')?.getAttribute('content'));
if (files) {
  for (const file of new Set(filesForAddress(location.hash, files))) {
    const link = document.createElement('link');
    // As the app's own loader asks (CORS, same origin), so these responses are the ones it uses, and it
    // sees the hints by their address and adds no second.
    link.crossOrigin = '';
    link.href = new URL(file, document.baseURI).href;
    if (file.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
    } else link.rel = 'modulepreload';
    document.head.append(link);
  }
}
