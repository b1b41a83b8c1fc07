package cymru.cylch.contracts;

/** How a call-off under a framework or dynamic purchasing system chose its supplier. */
public enum CallOffMethod {
    DIRECT_AWARD,
    MINI_COMPETITION
}
