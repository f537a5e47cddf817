"""Table definitions. Per-source tables are written one transaction per source;
corpus tables are replaced together after each build."""

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS sources (
  id TEXT PRIMARY KEY, path TEXT NOT NULL UNIQUE, file TEXT NOT NULL, sha256 TEXT NOT NULL,
  title TEXT, author TEXT, published TEXT, publisher TEXT, kind TEXT, kind_cue TEXT,
  encoding TEXT, media_type TEXT, chars INTEGER, text TEXT NOT NULL, meta TEXT,
  derived_from TEXT DEFAULT '[]', config_hash TEXT, built_at TEXT
);
CREATE TABLE IF NOT EXISTS docs (source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sentences (source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (source_id, idx));
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(text, source_id UNINDEXED, idx UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS failures (path TEXT PRIMARY KEY, file TEXT, code TEXT, reason TEXT, at TEXT);
CREATE TABLE IF NOT EXISTS corrections (path TEXT NOT NULL, field TEXT NOT NULL, value TEXT,
  PRIMARY KEY (path, field));
CREATE TABLE IF NOT EXISTS decisions (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,
  a TEXT NOT NULL, b TEXT NOT NULL, at TEXT);

CREATE TABLE IF NOT EXISTS entities (id TEXT PRIMARY KEY, type TEXT, name TEXT, lat REAL, lon REAL,
  gazetteer_id TEXT, attributes TEXT, reasons TEXT, mentions INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS aliases (entity_id TEXT NOT NULL, name TEXT NOT NULL, sources TEXT,
  count INTEGER, PRIMARY KEY (entity_id, name));
CREATE TABLE IF NOT EXISTS mentions (source_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER,
  "end" INTEGER, text TEXT, label TEXT, entity_id TEXT, PRIMARY KEY (source_id, idx));
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, type TEXT, label TEXT, date TEXT,
  sort_key TEXT, place TEXT, participants TEXT);
CREATE TABLE IF NOT EXISTS event_claims (event_id TEXT NOT NULL, claim_id TEXT NOT NULL, ord INTEGER,
  PRIMARY KEY (event_id, claim_id));
CREATE TABLE IF NOT EXISTS claims (id TEXT PRIMARY KEY, subject TEXT, property TEXT, value TEXT,
  qualifiers TEXT, source_id TEXT, quote TEXT, start INTEGER, "end" INTEGER, status TEXT,
  component TEXT);
CREATE INDEX IF NOT EXISTS claims_subject ON claims(subject);
CREATE INDEX IF NOT EXISTS claims_source ON claims(source_id);
CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(quote, property, claim_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS conflicts (id TEXT PRIMARY KEY, subject TEXT, property TEXT, claims TEXT,
  kind TEXT, explanation TEXT);
CREATE TABLE IF NOT EXISTS alignments (subject TEXT, property TEXT, claims TEXT, relation TEXT,
  explanation TEXT);
"""

CORPUS_TABLES = ("entities", "aliases", "mentions", "events", "event_claims", "claims", "claims_fts",
                 "conflicts", "alignments")
