package cymru.cylch.contracts;

/**
 * Where a procurement stands as recorded: drafted, published (open for bids, then closed and evaluated), awarded
 * (the standstill running) or concluded (its contract let). The finer {@link ProcurementStage} follows from this,
 * the closing time and the scores.
 */
public enum ProcurementStatus {
    DRAFT,
    PUBLISHED,
    AWARDED,
    CONCLUDED
}
