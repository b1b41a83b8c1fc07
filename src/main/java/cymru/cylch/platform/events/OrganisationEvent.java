package cymru.cylch.platform.events;

import cymru.cylch.platform.ids.OrganisationId;

/**
 * Something that happened to one organisation's records. Listeners see the data of {@link #organisation()} and
 * nothing else, so an event about a person names the organisation that holds the record.
 */
public interface OrganisationEvent {

    /** Whose records the event is about, and so whose data its listeners may see. */
    OrganisationId organisation();

    /**
     * What makes this event the one it is (the review's id, the plan's id and revision): the same key is never
     * handled twice by the same listener.
     */
    String key();
}
