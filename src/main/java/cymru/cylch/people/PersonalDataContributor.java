package cymru.cylch.people;

/**
 * A module that holds data about a person adds its own section to the person's subject access export, so the
 * export is complete without people depending on every module that stores something about someone. Called
 * after the export has checked that the caller may see the person, inside the export's transaction and scope.
 */
public interface PersonalDataContributor {

    /** What this module holds about the person; a section with no entries if nothing. */
    PersonalDataSection sectionAbout(PersonId person);
}
