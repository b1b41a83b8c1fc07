package cymru.cylch.people;

import java.util.Locale;
import java.util.regex.Pattern;

/** UK postcodes: checked for shape (not existence) and written in the Royal Mail form, "SA31 1AA". */
public final class Postcodes {

    private static final Pattern SHAPE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$");

    private Postcodes() {
    }

    public static boolean isValid(String typed) {
        return SHAPE.matcher(compact(typed)).matches();
    }

    public static String canonical(String typed) {
        String compact = compact(typed);
        if (!SHAPE.matcher(compact).matches()) {
            throw new IllegalArgumentException("Not a UK postcode");
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static String compact(String typed) {
        return typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
