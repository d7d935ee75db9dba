package org.dfkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The request as the servlets behind a filter should see it: with its parameters edited. */
class ParameterRequest extends HttpServletRequestWrapper {
    private final Map<String, String[]> parameters;

    /** {@code edit} changes a copy of the request's parameters, in their order. */
    ParameterRequest(HttpServletRequest request, UnaryOperator<Map<String, String[]>> edit) {
        super(request);
        this.parameters = Collections.unmodifiableMap(edit.apply(new LinkedHashMap<>(request.getParameterMap())));
    }

    @Override
    public String getParameter(String name) {
        String[] v = parameters.get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }
}
