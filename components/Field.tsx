import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  type?: string;
  min?: string;
  max?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  autoComplete?: string;
  maxLength?: string;
  multiline?: boolean;
  options?: [string, string][];
}

/** A labelled input whose error is announced and tied to it (aria-describedby). */
export function Field({ label, name, value, onChange, error, hint, required, multiline, options, ...rest }: FieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    value,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    'aria-required': required ? ('true' as const) : undefined,
  };
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {options ? (
        <select {...common} onChange={(e) => onChange(e.currentTarget.value)}>
          {options.map(([optionValue, text]) => (
            <option key={optionValue} value={optionValue}>
              {text}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={3} maxLength={rest.maxLength === undefined ? undefined : Number(rest.maxLength)} onInput={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input {...common} {...(rest as Record<string, string>)} onInput={(e) => onChange(e.currentTarget.value)} />
      )}
      {hint && (
        <small id={`${id}-hint`} class="muted">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} class="error">
          {error}
        </small>
      )}
    </div>
  );
}
