package cymru.cylch.people;

/** The language a person prefers for conversations and documents. */
public enum Language {
    EN,
    CY
}
