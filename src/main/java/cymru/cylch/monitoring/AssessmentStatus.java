package cymru.cylch.monitoring;

/** A contract performance assessment is the council's draft until published; published, it is final. */
public enum AssessmentStatus {
    DRAFT,
    PUBLISHED
}
