"""The article on screen: the view, its painting, its offsets and the look of spans."""
