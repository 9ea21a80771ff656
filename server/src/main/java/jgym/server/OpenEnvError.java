package jgym.server;

/**
 * A request OpenEnv answers with an error: over WebSocket an {@code {"type": "error", "data": {"message", "code"}}}
 * message with one of OpenEnv's codes, over HTTP a 4xx status with FastAPI's {@code {"detail": ...}} body.
 *
 * @see <a href="https://github.com/meta-pytorch/OpenEnv">OpenEnv</a> {@code src/openenv/core/env_server/types.py}, {@code WSErrorCode}
 */
final class OpenEnvError extends RuntimeException {
    /** OpenEnv's WebSocket error codes. */
    enum Code { INVALID_JSON, UNKNOWN_TYPE, VALIDATION_ERROR, EXECUTION_ERROR, CAPACITY_REACHED, FACTORY_ERROR, SESSION_ERROR }

    final Code code;
    /** The request field at fault ({@code ["body", "action", "answer"]} in FastAPI's terms), or null. */
    final String field;

    OpenEnvError(Code code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    /** The HTTP status of this error: 400 for unreadable JSON, 422 for bad fields, 503 for capacity, else 400. */
    int httpStatus() {
        return switch (code) {
            case INVALID_JSON -> 400;
            case VALIDATION_ERROR, EXECUTION_ERROR -> 422;
            case CAPACITY_REACHED -> 503;
            default -> 400;
        };
    }
}
