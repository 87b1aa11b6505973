"""The command line's subcommands, one module per family, each with ``register(subparsers)``;
:mod:`planner.commands.registry` lists them. Importing this package loads none of them, so the
app's own options (``planner.commands.base``) are parsed before anything heavy is imported."""
