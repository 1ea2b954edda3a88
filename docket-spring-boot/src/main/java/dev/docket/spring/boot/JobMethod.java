package dev.docket.spring.boot;

import dev.docket.DocketBuilder;
import dev.docket.JobContext;
import dev.docket.JobType;
import dev.docket.TypeOptions;
import dev.docket.spring.DocketJob;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * One {@link DocketJob} method: its type, argument class and options, checked when found, and
 * invoked on the bean (looked up on first use, so the handler never forces its bean to exist early).
 */
final class JobMethod {
    private final String beanName;
    private final Method method;
    private final DocketJob annotation;
    private final JobType<Object> type;
    private final int argsIndex;
    private final int contextIndex;
    private volatile Object bean;
    private volatile Method invocable;

    private JobMethod(String beanName, Method method, DocketJob annotation, JobType<Object> type, int argsIndex,
                      int contextIndex) {
        this.beanName = beanName;
        this.method = method;
        this.annotation = annotation;
        this.type = type;
        this.argsIndex = argsIndex;
        this.contextIndex = contextIndex;
    }

    /** Checks {@code method} and describes it; fails naming the method and what is wrong. */
    static JobMethod of(String beanName, Method method, DocketJob annotation) {
        String where = "@DocketJob method " + method.getDeclaringClass().getName() + "." + method.getName();
        int argsIndex = -1;
        int contextIndex = -1;
        Type[] generic = method.getGenericParameterTypes();
        for (int i = 0; i < method.getParameterCount(); i++) {
            if (method.getParameterTypes()[i] == JobContext.class) {
                if (contextIndex >= 0) {
                    throw new IllegalStateException(where + " takes two JobContext parameters");
                }
                contextIndex = i;
            } else {
                if (argsIndex >= 0) {
                    throw new IllegalStateException(where + " takes more than one argument parameter; a job method takes"
                            + " the job's arguments (one record or class) and optionally a JobContext");
                }
                if (generic[i] instanceof ParameterizedType && !java.util.Map.class.isAssignableFrom(method.getParameterTypes()[i])) {
                    throw new IllegalStateException(where + " takes a generic parameter (" + generic[i].getTypeName()
                            + "), which cannot be read from JSON faithfully; wrap it in a record");
                }
                argsIndex = i;
            }
        }
        Class<?> argsClass = argsIndex < 0 ? Object.class
                : ClassUtils.resolvePrimitiveIfNecessary(method.getParameterTypes()[argsIndex]);
        @SuppressWarnings("unchecked")
        JobType<Object> type = (JobType<Object>) JobType.of(checkedName(annotation.value(), where), argsClass);
        JobMethod jobMethod = new JobMethod(beanName, method, annotation, type, argsIndex, contextIndex);
        jobMethod.options(new TypeOptions());
        return jobMethod;
    }

    JobType<Object> type() {
        return type;
    }

    /** Where it was declared, for messages. */
    String source() {
        return "bean '" + beanName + "' method " + method.getName();
    }

    /** Registers the handler with {@code builder}; the bean comes from {@code beans} on the first job. */
    void register(DocketBuilder builder, BeanFactory beans) {
        builder.handleWithResult(type, (args, context) -> invoke(beans, args, context), this::options);
    }

    private void options(TypeOptions options) {
        String where = "@DocketJob(\"" + annotation.value() + "\") on " + source();
        try {
            if (!annotation.queue().isEmpty()) {
                options.queue(annotation.queue());
            }
            if (annotation.maxAttempts() != 0) {
                options.maxAttempts(annotation.maxAttempts());
            }
            if (!annotation.timeout().isEmpty()) {
                options.timeout(DurationStyle.detectAndParse(annotation.timeout()));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private Object invoke(BeanFactory beans, Object args, JobContext context) throws Exception {
        Object target = bean;
        Method toCall = invocable;
        if (target == null || toCall == null) {
            target = beans.getBean(beanName);
            toCall = AopUtils.selectInvocableMethod(method, target.getClass());
            ReflectionUtils.makeAccessible(toCall);
            invocable = toCall;
            bean = target;
        }
        Object[] params = new Object[method.getParameterCount()];
        if (argsIndex >= 0) {
            params[argsIndex] = args;
        }
        if (contextIndex >= 0) {
            params[contextIndex] = context;
        }
        try {
            return toCall.invoke(target, params);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static String checkedName(String name, String where) {
        try {
            return JobType.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }
}
