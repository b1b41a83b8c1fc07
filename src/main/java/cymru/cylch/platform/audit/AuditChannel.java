package cymru.cylch.platform.audit;

/** How the action reached Cylch: a person's browser, a machine client's API token, or Cylch itself. */
public enum AuditChannel {
    WEB,
    API,
    SYSTEM
}
