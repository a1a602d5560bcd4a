package dev.atrium.engine.expressions;

/** An expression failed to compile or to evaluate; the message is meant for a mapping author. */
public class ExpressionException extends RuntimeException {

    private final int line;
    private final int column;

    public ExpressionException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public ExpressionException(String message, Throwable cause) {
        super(message, cause);
        this.line = 0;
        this.column = 0;
    }

    /** 1-based line inside the expression text, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 0-based column inside that line, or 0 when unknown. */
    public int column() {
        return column;
    }
}
