package dev.tend.cli;

import dev.tend.service.NotFoundException;
import dev.tend.service.ValidationException;
import dev.tend.store.DatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures a user can do something about into one line on stderr and exit code 1; their
 * messages already name the file or field and say what is wrong, so a stack trace would only hide
 * that. Anything else is a bug and keeps its stack trace.
 */
final class CliErrors implements IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) throws Exception {
        if (isUserFacing(ex)) {
            cmd.getErr().println(cmd.getColorScheme().errorText("tend: " + ex.getMessage()));
            cmd.getErr().flush();
            return FAILED;
        }
        throw ex;
    }

    private static boolean isUserFacing(Exception ex) {
        return ex instanceof DatabaseException
                || ex instanceof ValidationException
                || ex instanceof NotFoundException
                || ex instanceof IllegalStateException;
    }
}
