package dev.docket.dashboard.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs a browser test class only where Chromium and chromedriver are installed (in CI, where
 * {@code CI=true}, their absence fails instead), and hands its tests one shared browser, started
 * once for the whole run and closed at its end.
 */
final class BrowserExtension implements ExecutionCondition, ParameterResolver {
    private static final Namespace NS = Namespace.create(BrowserExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chrome.available()) {
            return ConditionEvaluationResult.enabled("Chromium found at " + Chrome.CHROMIUM);
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("browser tests must run in CI, but " + Chrome.CHROMIUM + " or "
                    + Chrome.CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)");
        }
        return ConditionEvaluationResult.disabled("no Chromium at " + Chrome.CHROMIUM + " or no driver at "
                + Chrome.CHROMEDRIVER + "; browser tests skipped");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ChromeDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NS)
                .computeIfAbsent("chrome", k -> Chrome.start(true), Chrome.Session.class).driver();
    }
}
