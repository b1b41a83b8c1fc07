package cymru.cylch.monitoring;

/** How a provider sent a return: the web form, a CSV or spreadsheet upload, or the API. */
public enum ReturnChannel {
    FORM,
    CSV,
    XLSX,
    API
}
