package cymru.cylch.platform.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * The errors of a form in the order its fields appear on the page, for the GOV.UK error summary (which must list
 * them so). Forms are records whose components are declared in page order, so that order is the page's: a field
 * of a list by its index and then by the line's own components; errors not about one field come first; entries
 * of a map keep the order the form's checks found them in (they check in page order), as do two errors of one
 * field.
 */
@Component("errorOrder")
public class ErrorOrder {

    private static final Pattern PART = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]*)\\]");

    /** The errors sorted into page order; as they came when the form is unknown. */
    public List<DetailedError> inPageOrder(List<DetailedError> errors, @Nullable Object form) {
        List<DetailedError> sorted = new ArrayList<>(errors);
        if (form != null) {
            Class<?> type = form.getClass();
            // A stable sort: errors with equal places keep the order they were found in.
            sorted.sort(Comparator.comparing((DetailedError e) -> place(type, e), ErrorOrder::compare));
        }
        return sorted;
    }

    /**
     * Where a field comes: one number per part of its path (a record component's position, a list index; a map
     * key or anything unknown counts as 0, leaving the order found).
     */
    static List<Integer> place(Class<?> form, DetailedError error) {
        if (error.isGlobal() || error.getFieldName() == null) {
            return List.of(-1);
        }
        List<Integer> place = new ArrayList<>();
        @Nullable Type current = form;
        Matcher parts = PART.matcher(error.getFieldName());
        while (parts.find()) {
            if (parts.group(1) != null) {
                RecordComponent[] components = current instanceof Class<?> c && c.isRecord()
                        ? c.getRecordComponents() : new RecordComponent[0];
                int position = position(components, parts.group(1));
                place.add(position < 0 ? Integer.MAX_VALUE : position);
                current = position < 0 ? null : components[position].getGenericType();
            } else {
                String key = parts.group(2);
                place.add(key.matches("\\d{1,9}") ? Integer.parseInt(key) : 0);
                current = elementType(current);
            }
        }
        return place;
    }

    private static int position(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A list's or map's element type (the last type argument), or null. */
    private static @Nullable Type elementType(@Nullable Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || java.util.Map.class.isAssignableFrom(raw))) {
            Type[] arguments = p.getActualTypeArguments();
            return arguments[arguments.length - 1];
        }
        return null;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
