package org.dfkg.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Holds a whole response until the request is done. Query results are streamed by Fuseki; when a
 * query is stopped by the timeout after the first rows went out, the client would get status 200
 * and a truncated body with an error text appended, which a CSV reader takes for one more row.
 * Buffered, nothing is committed when the timeout strikes, so Fuseki answers 503 instead. The
 * row cap bounds the buffer.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        return writer;
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) writer.flush();
    }

    @Override
    public void resetBuffer() {
        if (writer != null) writer.flush();
        buffer.reset();
    }

    @Override
    public void reset() {
        resetBuffer();
        super.reset();
    }

    @Override
    public void sendError(int status, String message) {
        resetBuffer();
        setStatus(status);
        setContentType("text/plain; charset=utf-8");
        buffer.writeBytes(((message == null ? "" : message) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void sendError(int status) {
        sendError(status, null);
    }

    @Override
    public void setContentLength(int len) {
        // The length is set from the buffer when the response is written out.
    }

    @Override
    public void setContentLengthLong(long len) {
        // As above.
    }

    /** Writes the held response to the client. */
    void commit() throws IOException {
        if (writer != null) writer.flush();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setContentLengthLong(buffer.size());
        buffer.writeTo(response.getOutputStream());
        response.flushBuffer();
    }
}
