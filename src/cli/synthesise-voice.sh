#!/usr/bin/env bash
# Synthesises every patient line (nodes and endings) of one scenario that names an
# `audio:` file, using Festival's CMU ARCTIC SLT HTS voice, then trims silence and
# encodes small mono Ogg Vorbis clips (22.05 kHz) under public/.
# Needs: apt-get install festival festvox-us-slt-hts sox libsox-fmt-all
# Usage: src/cli/synthesise-voice.sh carer-barriers
set -euo pipefail
scenario="${1:?usage: synthesise-voice.sh <scenario-id>}"
quality="${QUALITY:-0}"   # Vorbis quality 0: low, small clips (-1 is smaller still)
root="$(cd "$(dirname "$0")/../.." && pwd)"
file="$root/scenarios/$scenario.scenario.yaml"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# One line per clip: <audio path under public/> TAB <text>. Uses the repo's yaml package.
node --input-type=module -e '
  import { readFileSync } from "node:fs";
  import { createRequire } from "node:module";
  const YAML = createRequire(process.argv[1] + "/package.json")("yaml");
  const s = YAML.parse(readFileSync(process.argv[2], "utf8"));
  for (const item of [...s.nodes, ...s.endings]) {
    const line = item.patient;
    if (line && line.audio) console.log(line.audio + "\t" + line.text.replace(/\s+/g, " "));
  }
' "$root" "$file" > "$tmp/lines.tsv"

# Spoken-text fixes: pauses for ellipses, and respelling words the US voice mispronounces.
speakable() {
  sed -e 's/…/, /g' -e "s/[‘’]/'/g" -e 's/[“”"]//g' \
      -e 's/\bBiji\b/Beejee/g' -e 's/\bseva\b/sayva/g' -e 's/\bgurdwara\b/gurdwaara/g' \
      -e 's/\bdal\b/daal/g' -e 's/ ,/,/g'
}

count=0
while IFS=$'\t' read -r audio text; do
  out="$root/public/$audio"
  mkdir -p "$(dirname "$out")"
  printf '%s\n' "$text" | speakable > "$tmp/line.txt"
  text2wave -eval "(voice_cmu_us_slt_arctic_hts)" "$tmp/line.txt" -o "$tmp/line.wav"
  # Trim leading and trailing silence; mono, 22.05 kHz, low-quality Vorbis.
  sox "$tmp/line.wav" -c 1 -r 22050 -C "$quality" "$out" \
    silence 1 0.05 0.1% reverse silence 1 0.05 0.1% reverse
  count=$((count + 1))
done < "$tmp/lines.tsv"
echo "Wrote $count clips for $scenario"
