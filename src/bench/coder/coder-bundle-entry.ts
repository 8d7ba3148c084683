// The response coder as the browser runs it: the bench bundles this file and times it in Chromium.
import { codeResponse, loadCoderWeights } from '../../engine/trainee';

declare global {
  interface Window {
    codeForBench?: (text: string) => unknown;
  }
}

void loadCoderWeights().then((weights) => {
  window.codeForBench = (text: string) => codeResponse(text, weights);
});
