/**
 * db:backup and db:restore copy the SQLite file. On PostgreSQL (DATABASE_URL=postgres://…) the
 * database is backed up and restored with PostgreSQL's own tools: these scripts say which, with the
 * commands, and fail (exit code 2) rather than pretend. The URL itself (it holds the password) is never printed.
 */
import { engineKind } from "@/db/kind";

const BACKUP = `PostgreSQL se sauvegarde avec ses propres outils (DATABASE_URL est une URL PostgreSQL) :

  • Sauvegarde logique, cohérente, serveurs en marche (un instantané MVCC, aucune écriture bloquée) :
      pg_dump --format=custom --file="progressif-$(date +%Y%m%d-%H%M%S).dump" "$DATABASE_URL"
    vérifier qu'elle se relit :
      pg_restore --list "progressif-AAAAMMJJ-HHMMSS.dump" > /dev/null

  • Restauration à un instant donné (PITR) : sauvegardes de base + archivage continu des WAL.
    postgresql.conf (redémarrage nécessaire) :
      wal_level = replica
      archive_mode = on
      archive_command = 'test ! -f /srv/pg-wal/%f && cp %p /srv/pg-wal/%f'
    puis, par exemple chaque nuit :
      pg_basebackup --dbname="$DATABASE_URL" --pgdata="/srv/pg-base/$(date +%Y%m%d)" --format=tar --gzip --wal-method=stream --checkpoint=fast --progress

  (ou les sauvegardes de votre hébergeur PostgreSQL, ou pgBackRest / Barman)`;

const RESTORE = `PostgreSQL se restaure avec ses propres outils (DATABASE_URL est une URL PostgreSQL) :

  • Depuis une sauvegarde pg_dump (arrêtez d'abord tous les serveurs Progressif) :
      pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error --dbname="$DATABASE_URL" progressif-AAAAMMJJ-HHMMSS.dump

  • À un instant donné (sauvegarde de base + WAL archivés), serveur PostgreSQL arrêté :
      1. remplacer le dossier de données par la sauvegarde de base (tar -xzf base.tar.gz -C "$PGDATA" ; pg_wal.tar.gz dans "$PGDATA/pg_wal") ;
      2. dans postgresql.conf :
           restore_command = 'cp /srv/pg-wal/%f %p'
           recovery_target_time = '2026-12-02 14:00:00+01'
           recovery_target_action = 'promote'
      3. touch "$PGDATA/recovery.signal", puis démarrer PostgreSQL.`;

/** On PostgreSQL: prints what to use instead and exits with code 2. On SQLite: returns. */
export function refuseOnPostgres(tool: "db:backup" | "db:restore"): void {
  if (engineKind() !== "postgres") return;
  console.error(`✗ ${tool} copie le fichier SQLite ; il ne sauvegarde ni ne restaure une base PostgreSQL.\n\n${tool === "db:backup" ? BACKUP : RESTORE}`);
  process.exit(2);
}
