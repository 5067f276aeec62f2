"use client";

type Props = {
  type: "radio" | "checkbox";
  id: string;
  name: string;
  text: string;
  checked: boolean;
  onChange: () => void;
  describedBy?: string;
};

/** One option as a large, phone-friendly label around a native radio or checkbox. */
export function OptionRow({ type, id, name, text, checked, onChange, describedBy }: Props) {
  return (
    <label
      htmlFor={id}
      className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white p-3 text-base text-slate-900 hover:border-brand-600 has-checked:border-brand-700 has-checked:ring-1 has-checked:ring-brand-700 has-checked:bg-brand-50 has-disabled:cursor-not-allowed has-disabled:opacity-60"
    >
      <input
        id={id}
        type={type}
        name={name}
        value={id}
        checked={checked}
        onChange={onChange}
        aria-describedby={describedBy}
        className="mt-0.5 size-5 shrink-0 accent-brand-700"
      />
      <span className="min-w-0 break-words">{text}</span>
    </label>
  );
}
