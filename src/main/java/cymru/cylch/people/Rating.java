package cymru.cylch.people;

/** How far an outcome was achieved, at a review. */
public enum Rating {
    ACHIEVED,
    PARTLY_ACHIEVED,
    NOT_ACHIEVED,
    NO_LONGER_RELEVANT
}
