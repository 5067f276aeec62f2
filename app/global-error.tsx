"use client";

// Last resort when the root layout itself fails: no providers are available here.
// The digest is the one logged with the error (instrumentation.ts): quoting it finds the log lines.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Une erreur est survenue / Something went wrong</h1>
        {error.digest && (
          <p data-testid="error-digest">
            Référence de l’erreur / Error reference : <code>{error.digest}</code>
          </p>
        )}
        <button type="button" onClick={reset}>
          Réessayer / Try again
        </button>
      </body>
    </html>
  );
}
