import { useId } from 'react';

interface Option<T> {
  value: T;
  label: string;
  hint?: string;
}

interface Props<T> {
  legend: string;
  value: T;
  options: Option<T>[];
  onChange: (value: T) => void;
}

/** A fieldset of native radio buttons with optional hints. */
export function RadioGroup<T extends string | number | null>({ legend, value, options, onChange }: Props<T>) {
  const name = useId();
  return (
    <fieldset className="radio-group">
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${String(option.value)}`;
        return (
          <div className="radio-option" key={String(option.value)}>
            <input
              type="radio"
              id={id}
              name={name}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
            />
            <label htmlFor={id}>{option.label}</label>
            {option.hint && (
              <p className="radio-hint muted" id={`${id}-hint`}>
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
