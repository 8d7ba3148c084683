/**
 * Saves text (or bytes) as a file through a temporary link. Object URLs are same-origin
 * blob: URLs, which the app's Content Security Policy allows.
 */
export function downloadFile(fileName: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `common-ground-cohort-2025-03-04.csv`: a dated name that sorts well in a downloads folder. */
export function datedFileName(stem: string, extension: string, now = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
