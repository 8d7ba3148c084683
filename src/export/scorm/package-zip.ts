import { zipSync, type Zippable } from 'fflate';
import { scorm12Manifest, scorm2004Manifest, type ManifestInput } from './manifest';

export type ScormVersion = '1.2' | '2004';

/**
 * A package: the built app plus one descriptor (imsmanifest.xml, cmi5.xml)
 * at the zip's root, as LMSs require. Node-side only (fflate is a dev
 * dependency, used by build:scorm and build:cmi5).
 */
export function zipWithDescriptor(name: string, descriptor: string, files: Map<string, Uint8Array>): Uint8Array {
  const entries: Zippable = { [name]: new TextEncoder().encode(descriptor) };
  for (const [path, bytes] of files) entries[path] = bytes;
  // Fixed dates make the zip reproducible from the same build.
  return zipSync(entries, { level: 9, mtime: new Date('2024-01-01T00:00:00Z') });
}

export function zipScormPackage(version: ScormVersion, files: Map<string, Uint8Array>, input: Omit<ManifestInput, 'files'>): Uint8Array {
  const manifestInput = { ...input, files: [...files.keys()] };
  const manifest = version === '1.2' ? scorm12Manifest(manifestInput) : scorm2004Manifest(manifestInput);
  return zipWithDescriptor('imsmanifest.xml', manifest, files);
}
