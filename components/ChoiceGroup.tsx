import { useId } from 'preact/hooks';

interface ChoiceGroupProps<V extends string> {
  legend: string;
  value: V | undefined;
  options: readonly { value: V; label: string; hint?: string }[];
  onChange: (value: V) => void;
  required?: boolean;
  /** Shown after the legend for questions that may be skipped. */
  optionalLabel?: string;
}

/**
 * A labelled radio group: arrow keys move between options, the legend names the group.
 * "Required" sits on the radios (a fieldset may not carry aria-required); the forms
 * that use it have no submit button, so the browser never blocks on it.
 */
export function ChoiceGroup<V extends string>({ legend, value, options, onChange, required, optionalLabel }: ChoiceGroupProps<V>) {
  const name = useId();
  return (
    <fieldset class="choice-group">
      <legend>
        {legend}
        {required && <span aria-hidden="true"> *</span>}
        {!required && optionalLabel && <span class="muted"> ({optionalLabel})</span>}
      </legend>
      {options.map((option) => (
        <label key={option.value} class="choice">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} required={required} />
          <span>
            {option.label}
            {option.hint && <small class="muted choice-hint">{option.hint}</small>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
