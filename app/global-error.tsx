"use client";

// Last resort when the root layout itself fails: no providers are available here.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Une erreur est survenue / Something went wrong</h1>
        <button type="button" onClick={reset}>
          Réessayer / Try again
        </button>
      </body>
    </html>
  );
}
