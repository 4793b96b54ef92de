package astra.store;

import java.sql.Connection;
import java.util.Map;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Brings a database to the store's schema with the Liquibase changelog; a no-op when it is current. */
final class Schema {
    static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    private Schema() {}

    static void migrate(Connection connection) {
        bridgeJavaUtilLogging();
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // Analytics off: Liquibase would otherwise phone home. The logger UI keeps its
            // summary out of stdout and in the application's log.
            Map<String, Object> scope = Map.of(
                    AnalyticsArgs.ENABLED.getKey(), false,
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Schema.class.getClassLoader()),
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        } catch (Exception e) {
            throw new StoreException("migrating the order store schema failed: " + e.getMessage(), e);
        }
    }

    /** Liquibase logs through java.util.logging; route it to SLF4J like everything else. */
    private static synchronized void bridgeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
