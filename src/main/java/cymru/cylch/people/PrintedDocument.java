package cymru.cylch.people;

/** A PDF made from a person's record, and the file name to give it. */
public record PrintedDocument(String fileName, byte[] content) {
}
