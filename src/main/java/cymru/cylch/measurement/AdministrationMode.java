package cymru.cylch.measurement;

/** Who answered: the person with a worker, the person alone (self-completion), or a carer on their behalf. */
public enum AdministrationMode {
    WITH_WORKER,
    SELF,
    CARER
}
