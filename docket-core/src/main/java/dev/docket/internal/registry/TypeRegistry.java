package dev.docket.internal.registry;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The job types this process knows, by name and by argument class. Immutable once built. */
public final class TypeRegistry {
    private final Map<String, RegisteredType> byName;
    private final Map<Class<?>, RegisteredType> byClass;

    public TypeRegistry(Collection<RegisteredType> types) {
        Map<String, RegisteredType> names = new LinkedHashMap<>();
        Map<Class<?>, RegisteredType> classes = new LinkedHashMap<>();
        for (RegisteredType t : types) {
            RegisteredType previous = names.put(t.name(), t);
            if (previous != null) {
                throw new IllegalStateException("job type '" + t.name() + "' is registered twice");
            }
            if (t.argsClass() != Object.class && !t.argsClass().getName().startsWith("java.")) {
                RegisteredType other = classes.putIfAbsent(t.argsClass(), t);
                if (other != null) {
                    // one class used by several types: enqueue by class is ambiguous, so forbid it
                    classes.put(t.argsClass(), null);
                }
            }
        }
        classes.values().removeIf(v -> v == null);
        this.byName = Map.copyOf(names);
        this.byClass = Map.copyOf(classes);
    }

    public Optional<RegisteredType> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The single type registered for {@code argsClass}, if exactly one is. */
    public Optional<RegisteredType> byClass(Class<?> argsClass) {
        return Optional.ofNullable(byClass.get(argsClass));
    }

    /** The names of the types this process runs. */
    public Set<String> handledNames() {
        return byName.values().stream().filter(RegisteredType::handled)
                .map(RegisteredType::name).collect(Collectors.toUnmodifiableSet());
    }

    public Collection<RegisteredType> all() {
        return byName.values();
    }
}
