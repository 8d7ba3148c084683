/**
 * Writes the small interface sounds into public/audio/ui/: a soft sine
 * blip and a quiet, loopable room tone. Generated rather than downloaded so
 * their origin and licence are plain. Run: npx tsx src/cli/make-ui-sounds.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RATE = 22050;

function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((value, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, value)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** A sine blip with a soft attack and an exponential tail: no clicks. */
function blip(frequencies: number[], seconds: number, level: number): Float32Array {
  const out = new Float32Array(Math.round(RATE * seconds));
  for (let i = 0; i < out.length; i += 1) {
    const t = i / RATE;
    const attack = Math.min(1, t / 0.012);
    const decay = Math.exp(-t / (seconds / 4));
    const tone = frequencies.reduce((sum, f) => sum + Math.sin(2 * Math.PI * f * t), 0) / frequencies.length;
    out[i] = tone * attack * decay * level;
  }
  return out;
}

/** Low-passed noise with a hum of ventilation; crossfaded ends so it loops seamlessly. */
function roomTone(seconds: number): Float32Array {
  const out = new Float32Array(Math.round(RATE * seconds));
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  let low = 0;
  for (let i = 0; i < out.length; i += 1) {
    low += (random() - low) * 0.02;
    out[i] = low * 0.5 + Math.sin((2 * Math.PI * 60 * i) / RATE) * 0.004;
  }
  const fade = Math.round(RATE * 0.25);
  for (let i = 0; i < fade; i += 1) {
    const k = i / fade;
    const tailIndex = out.length - fade + i;
    out[i] = (out[i] ?? 0) * k + (out[tailIndex] ?? 0) * (1 - k);
  }
  return out.slice(0, out.length - fade);
}

const dir = join(process.cwd(), 'public', 'audio', 'ui');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'cue-line.wav'), wav(blip([660, 990], 0.22, 0.35)));
writeFileSync(join(dir, 'room-tone.wav'), wav(roomTone(4.25)));
console.log(`Wrote interface sounds to ${dir}`);
