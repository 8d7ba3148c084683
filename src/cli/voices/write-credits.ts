import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../engine/authoring';
import type { PersonaVoice, VoiceCast } from '../../build/voices/voice-cast';

export const CREDITS_FILE = 'public/audio/CREDITS.md';

interface VoiceSource {
  name: string;
  debianPackage: string;
  licence: string;
}

/** Where each engine voice comes from and under what terms (from the packages' copyright files). */
const SOURCES: Record<string, VoiceSource> = {
  cmu_us_slt_arctic_hts: {
    name: 'CMU ARCTIC "SLT" (US English, female), HTS voice',
    debianPackage: 'festvox-us-slt-hts',
    licence:
      '© 2003 Carnegie Mellon University, EST-2003 licence (free use with the notice kept); HTS parts © Nagoya and Tokyo Institutes of Technology, BSD-3-Clause',
  },
  kal_diphone: {
    name: 'KAL (US English, male), diphone voice',
    debianPackage: 'festvox-kallpc16k',
    licence: '© 1998 Alan W Black and Kevin Lenzo, free use, copying and modification with the notice kept',
  },
  ked_diphone: {
    name: 'KED (US English, male), diphone voice',
    debianPackage: 'festvox-kdlpc16k',
    licence: '© 1997 Centre for Speech Technology Research, University of Edinburgh, free use with the notice kept',
  },
};

const ESPEAK: VoiceSource = {
  name: 'eSpeak NG formant synthesis',
  debianPackage: 'espeak-ng',
  licence: 'eSpeak NG © 2005–2016 Jonathan Duddington, Reece H. Dunn and others, GPL-3.0-or-later (the clips are its output)',
};

const sourceOf = (voice: PersonaVoice): VoiceSource =>
  voice.engine === 'espeak-ng'
    ? ESPEAK
    : (SOURCES[voice.voice] ?? { name: voice.voice, debianPackage: 'festival', licence: 'see the package copyright file' });

function packageVersion(name: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f', '${Version}', name], { encoding: 'utf8' }).trim() || 'version unknown';
  } catch {
    return 'version unknown';
  }
}

const signed = (n: number) => `${n > 0 ? '+' : '−'}${Math.abs(n)} semitone${Math.abs(n) === 1 ? '' : 's'}`;

function adjustments(voice: PersonaVoice): string {
  const parts = [
    voice.pitch !== 0 ? `pitch ${signed(voice.pitch)}` : '',
    voice.tract !== 0 ? `voice size ${signed(voice.tract)}` : '',
    voice.tempo !== 1 ? `rate ×${voice.tempo}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** Writes public/audio/CREDITS.md: which synthetic voice speaks for which patient, and the licences. */
export function writeVoiceCredits(root: string, scenarios: readonly Scenario[], cast: VoiceCast): void {
  const rows = scenarios.flatMap((scenario) => {
    const voice = cast[scenario.id];
    if (!voice) return [];
    const { name, age, pronouns } = scenario.persona;
    const engine = voice.engine === 'festival' ? `Festival, ${voice.voice}` : `eSpeak NG, ${voice.voice}`;
    return [`| ${name} (${age}${pronouns ? `, ${pronouns}` : ''}) | ${scenario.title} | ${engine} | ${adjustments(voice)} |`];
  });
  const used = [...new Map(Object.values(cast).map((voice) => [sourceOf(voice).debianPackage, sourceOf(voice)])).values()];
  const text = [
    '# Patient voices: credits',
    '',
    'Every patient voice in Common Ground is **synthetic**: a computer speaks the lines (speech',
    'synthesis). No actor recorded them, and no voice belongs to a real person. The voices stand in',
    'for the characters; they do not portray their accents.',
    '',
    '| Patient | Scenario | Synthetic voice | Adjustments |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `Synthesiser: The Festival Speech Synthesis System (Debian package festival ${packageVersion('festival')}) and`,
    `eSpeak NG (espeak-ng ${packageVersion('espeak-ng')}). Clips were trimmed, shifted in pitch and rate with`,
    `Rubber Band and loudness-normalised to −19 LUFS with FFmpeg (${packageVersion('ffmpeg')}), so they are modified`,
    'synthesiser output.',
    '',
    '## Voices and licences',
    '',
    ...used.map(
      (source) =>
        `- **${source.name}**, Debian package \`${source.debianPackage}\` ${packageVersion(source.debianPackage)}: ${source.licence}. Full text: \`/usr/share/doc/${source.debianPackage}/copyright\`.`,
    ),
    '',
    'Made by `npm run synthesise-voices` from scenarios/voices/cast.json; do not edit by hand.',
    '',
  ].join('\n');
  writeFileSync(join(root, CREDITS_FILE), text);
}
