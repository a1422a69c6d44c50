package io.djk8s.impl.testing;

import io.djk8s.impl.http.ProbeEndpoints;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** The routed endpoints, opted into as an application would. */
@Path("/")
@RequestScoped
public class ProbesResource extends ProbeEndpoints {}
