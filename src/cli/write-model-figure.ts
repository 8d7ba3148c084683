/** Writes the patient model's figure from the model (see src/build/model-figure.ts). */
import { writeFileSync } from 'node:fs';
import { MODEL_FIGURE_FILE, modelFigureSvg } from '../build/model-figure';

writeFileSync(MODEL_FIGURE_FILE, modelFigureSvg());
console.log(`${MODEL_FIGURE_FILE} written.`);
