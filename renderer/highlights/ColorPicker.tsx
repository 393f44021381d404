import { HIGHLIGHT_COLORS, type ColorMeaning } from '../../core/model/color-legend.js';
import { colorMeaningOf } from '../settings/color-meaning-of.js';

interface ColorPickerProps {
  color: string;
  legend: readonly ColorMeaning[];
  onChange: (color: string) => void;
}

/** The colour swatches of the selected highlight, each named by its meaning: "Colour: claim (yellow)". */
export function ColorPicker({ color, legend, onChange }: ColorPickerProps) {
  return (
    <div className="field">
      <span className="field-label" id="color-picker-label">Colour</span>
      <div className="color-picker" role="group" aria-labelledby="color-picker-label">
        {HIGHLIGHT_COLORS.map((name) => {
          const meaning = colorMeaningOf(legend, name);
          const label = meaning ? `Colour: ${meaning} (${name})` : `Colour: ${name}`;
          return (
            <button
              key={name}
              type="button"
              className={`color-swatch-button highlight-${name}`}
              aria-label={label}
              title={label}
              aria-pressed={name === color}
              onClick={() => onChange(name)}
            >
              <span className={`color-swatch highlight-${name}`} aria-hidden="true" />
            </button>
          );
        })}
        <span className="color-meaning" aria-hidden="true">{colorMeaningOf(legend, color) || color}</span>
      </div>
    </div>
  );
}
