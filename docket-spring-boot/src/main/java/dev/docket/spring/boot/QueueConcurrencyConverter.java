package dev.docket.spring.boot;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;

/** Reads {@code docket.queues.mail=4} as a queue with concurrency 4. */
@ConfigurationPropertiesBinding
final class QueueConcurrencyConverter implements Converter<String, DocketProperties.Queue> {
    @Override
    public DocketProperties.Queue convert(String source) {
        DocketProperties.Queue queue = new DocketProperties.Queue();
        try {
            queue.setConcurrency(Integer.parseInt(source.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a queue's concurrency must be a whole number, was '" + source + "'", e);
        }
        return queue;
    }
}
