package astra.facts;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For tests that pin "every component counts": a record with one component changed at a time,
 * found by reflection, so a component added to the record later is changed too.
 */
public final class RecordVariants {
    private RecordVariants() {}

    /** One component changed, and the record with that change. */
    public record Variant<R>(String component, R record) {}

    /** The record once per component, that component changed (a number by one, a flag flipped, a text lengthened). */
    public static <R extends Record> List<Variant<R>> eachComponentChanged(R base) throws ReflectiveOperationException {
        RecordComponent[] components = base.getClass().getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        @SuppressWarnings("unchecked")
        Constructor<R> canonical = (Constructor<R>) base.getClass().getDeclaredConstructor(types);
        List<Variant<R>> variants = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Object[] values = new Object[components.length];
            for (int j = 0; j < components.length; j++) {
                values[j] = components[j].getAccessor().invoke(base);
            }
            values[i] = changed(values[i]);
            variants.add(new Variant<>(components[i].getName(), canonical.newInstance(values)));
        }
        return variants;
    }

    private static Object changed(Object value) {
        if (value instanceof Long l) {
            return l + 1;
        }
        if (value instanceof Boolean b) {
            return !b;
        }
        if (value instanceof String s) {
            return s + "x";
        }
        throw new IllegalArgumentException("no change written for a " + value.getClass());
    }
}
