package cymru.cylch.platform.database;

/** Whether Cylch runs on its own embedded PostgreSQL (trying it out) or an external one (production). */
public record DatabaseMode(boolean embedded) {
}
