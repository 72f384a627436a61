import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { formatVnDate, parseVnDate } from '../lib/datetime.ts';

// Ids derive from the field name (unique within a page) so every label points at its control.
interface BaseProps {
  label: string;
  name: string;
  value: string;
  onInput: (value: string) => void;
  required?: boolean;
  disabled?: boolean;
  hint?: string;
}

/** The label, the control and its hint: every field's frame, in one place. */
function FieldShell({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {hint && <small class="hint">{hint}</small>}
    </div>
  );
}

export function TextField(props: BaseProps & { type?: 'text' | 'password' | 'date' | 'datetime-local' | 'email' | 'search' | 'number'; autoComplete?: string; placeholder?: string; inputMode?: 'numeric' | 'text' }) {
  const id = `f-${props.name}`;
  return (
    <FieldShell id={id} label={props.label} hint={props.hint}>
      <input
        id={id}
        name={props.name}
        // Preact's typings split <input> by type; the union here is safe for a plain text-like field.
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        required={props.required}
        disabled={props.disabled}
        autoComplete={props.autoComplete}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </FieldShell>
  );
}

export function TextArea(props: BaseProps & { rows?: number }) {
  const id = `f-${props.name}`;
  return (
    <FieldShell id={id} label={props.label} hint={props.hint}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 3}
        value={props.value}
        required={props.required}
        disabled={props.disabled}
        onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
    </FieldShell>
  );
}

export function SelectField(props: BaseProps & { options: { value: string; label: string }[] }) {
  const id = `f-${props.name}`;
  return (
    <FieldShell id={id} label={props.label} hint={props.hint}>
      <select
        id={id}
        name={props.name}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onInput((e.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section class="card" aria-labelledby={id ? `${id}-h` : undefined} id={id}>
      <h2 id={id ? `${id}-h` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A day typed as dd/mm/yyyy whatever the OS locale; hands the caller
 * `yyyy-mm-dd` (or '' when cleared). Invalid text is flagged, not sent.
 */
export function DateField(props: BaseProps) {
  const id = `f-${props.name}`;
  const [text, setText] = useState(formatVnDate(props.value));
  useEffect(() => {
    if (parseVnDate(text) !== props.value && !(props.value === '' && text.trim() === '')) setText(formatVnDate(props.value));
  }, [props.value]);
  const invalid = text.trim() !== '' && parseVnDate(text) === null;
  return (
    <FieldShell id={id} label={props.label} hint={props.hint}>
      <input
        id={id}
        name={props.name}
        type="text"
        inputMode="numeric"
        placeholder={t('date.placeholder')}
        value={text}
        required={props.required}
        disabled={props.disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-err` : undefined}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value;
          setText(v);
          const day = parseVnDate(v);
          if (day) props.onInput(day);
          else if (v.trim() === '') props.onInput('');
        }}
      />
      {invalid && (
        <small class="field-error" id={`${id}-err`}>
          {t('date.invalid')}
        </small>
      )}
    </FieldShell>
  );
}
