// The UI's own texts. One "|"-joined line per language keeps the table small in the bundle.

const keys = [
  "title", "close", "never", "later", "next", "back", "done", "more", "read", "empty", "of",
  "unread", "all", "like", "heart", "party", "idea",
] as const;

export type Strings = Record<(typeof keys)[number], string>;

const table: Record<string, string> = {
  en: "What's new|Close|Don't show again|Later|Next|Back|Done|Load more|Read more|No news yet|{n} of {m}|{n} unread|All|Like|Love|Celebrate|Idea",
  fr: "Nouveautés|Fermer|Ne plus afficher|Plus tard|Suivant|Précédent|Terminer|Voir plus|Lire la suite|Aucune nouveauté|{n} sur {m}|{n} non lus|Tout|J'aime|J'adore|Bravo|Idée",
  de: "Neuigkeiten|Schließen|Nicht mehr anzeigen|Später|Weiter|Zurück|Fertig|Mehr laden|Weiterlesen|Noch keine Neuigkeiten|{n} von {m}|{n} ungelesen|Alle|Gefällt mir|Liebe|Feiern|Idee",
  es: "Novedades|Cerrar|No volver a mostrar|Más tarde|Siguiente|Atrás|Hecho|Cargar más|Leer más|Aún no hay novedades|{n} de {m}|{n} sin leer|Todas|Me gusta|Me encanta|Celebrar|Idea",
};

// Chosen by the primary language tag ("fr-CA" -> fr), English when there is none.
export function strings(language: string): Strings {
  const line = table[String(language || "").toLowerCase().split(/[-_]/)[0]];
  const parts = (typeof line == "string" ? line : table.en).split("|");
  const out = {} as Strings;
  keys.forEach((k, i) => (out[k] = parts[i]));
  return out;
}

export const fill = (text: string, n: number, m?: number): string =>
  text.replace("{n}", String(n)).replace("{m}", String(m));
