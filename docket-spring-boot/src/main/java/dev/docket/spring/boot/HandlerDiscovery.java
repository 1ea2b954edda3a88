package dev.docket.spring.boot;

import dev.docket.DocketBuilder;
import dev.docket.JobType;
import dev.docket.schedule.JobSchedule;
import dev.docket.spring.DocketJob;
import dev.docket.spring.DocketJobHandler;
import dev.docket.spring.Recurring;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

/**
 * Finds the application's jobs in the bean factory and registers them with a builder:
 * {@link DocketJob} methods (found from bean definitions, without creating beans), their
 * {@link Recurring} schedules, {@link DocketJobHandler} beans (with class-level schedules),
 * {@link JobType} beans (enqueue-only) and {@link JobSchedule} beans. A type name claimed twice
 * fails naming both places.
 */
final class HandlerDiscovery {
    private final ConfigurableListableBeanFactory beans;

    HandlerDiscovery(ConfigurableListableBeanFactory beans) {
        this.beans = beans;
    }

    void registerAll(DocketBuilder builder) {
        Map<String, String> claimed = new LinkedHashMap<>();
        List<JobSchedule> schedules = new ArrayList<>();
        for (JobMethod m : jobMethods(schedules)) {
            claim(claimed, m.type().name(), m.source());
            m.register(builder, beans);
        }
        for (Map.Entry<String, DocketJobHandler> e : beans.getBeansOfType(DocketJobHandler.class).entrySet()) {
            register(builder, e.getKey(), e.getValue(), claimed, schedules);
        }
        for (Map.Entry<String, JobType> e : beans.getBeansOfType(JobType.class).entrySet()) {
            JobType<?> type = e.getValue();
            if (!claimed.containsKey(type.name())) {
                claimed.put(type.name(), "JobType bean '" + e.getKey() + "'");
                builder.register(type);
            }
        }
        schedules.addAll(beans.getBeansOfType(JobSchedule.class).values());
        schedules.forEach(builder::schedule);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void register(DocketBuilder builder, String name, DocketJobHandler handler, Map<String, String> claimed,
                                 List<JobSchedule> schedules) {
        JobType type = handler.type();
        if (type == null) {
            throw new IllegalStateException("DocketJobHandler bean '" + name + "' returns no type()");
        }
        String source = "DocketJobHandler bean '" + name + "'";
        claim(claimed, type.name(), source);
        builder.handle(type, handler, handler::options);
        schedules.addAll(RecurringSchedules.of(ClassUtils.getUserClass(handler), type.name(), source));
    }

    private List<JobMethod> jobMethods(List<JobSchedule> schedules) {
        List<JobMethod> found = new ArrayList<>();
        for (String name : beans.getBeanDefinitionNames()) {
            if (ScopedProxyUtils.isScopedTarget(name)) {
                continue;
            }
            Class<?> type = beans.getType(name, false);
            if (type == null) {
                continue;
            }
            Class<?> user = ClassUtils.getUserClass(type);
            if (!AnnotationUtils.isCandidateClass(user, DocketJob.class)) {
                continue;
            }
            Map<Method, DocketJob> methods = MethodIntrospector.selectMethods(user,
                    (MethodIntrospector.MetadataLookup<DocketJob>) m -> AnnotatedElementUtils.findMergedAnnotation(m, DocketJob.class));
            methods.forEach((method, annotation) -> {
                JobMethod m = JobMethod.of(name, method, annotation);
                found.add(m);
                schedules.addAll(RecurringSchedules.of(method, m.type().name(), m.source()));
            });
            checkStrayRecurring(user, methods);
        }
        return found;
    }

    private static void checkStrayRecurring(Class<?> user, Map<Method, DocketJob> jobs) {
        MethodIntrospector.selectMethods(user, (MethodIntrospector.MetadataLookup<Boolean>) m ->
                AnnotatedElementUtils.hasAnnotation(m, Recurring.class) || AnnotatedElementUtils.hasAnnotation(m, Recurring.List.class)
                        ? Boolean.TRUE : null).keySet().forEach(m -> {
                            if (!jobs.containsKey(m)) {
                                throw new IllegalStateException("@Recurring on " + user.getName() + "." + m.getName()
                                        + " needs @DocketJob on the same method (or put it on a DocketJobHandler class)");
                            }
                        });
    }

    private static void claim(Map<String, String> claimed, String type, String source) {
        String previous = claimed.putIfAbsent(type, source);
        if (previous != null) {
            throw new IllegalStateException("job type '" + type + "' has two handlers: " + previous + " and " + source);
        }
    }
}
